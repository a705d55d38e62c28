package org.septel.cable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Turns the paths given to an import into a stream of files, in a stable order: a file as it is, a directory as all
 * files below it sorted by path, a {@code .zip} as its entries in archive order. Files are read one at a time, as
 * the import asks for them, so a directory of 250,000 cables never sits in memory at once.
 */
public final class CableSources implements Iterable<SourceFile> {

    private final List<Path> files;
    private final SourceLimits limits;

    private CableSources(List<Path> files, SourceLimits limits) {
        this.files = files;
        this.limits = limits;
    }

    /** Lists the files under the given paths (directories recursively); missing paths become unreadable entries. */
    public static CableSources of(List<Path> paths, SourceLimits limits) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> tree = Files.walk(path)) {
                    tree.filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    files.add(path);
                }
            } else {
                files.add(path);
            }
        }
        return new CableSources(files, limits);
    }

    /** How many files (not cables: a zip or a csv file holds many) the import will read. */
    public int fileCount() {
        return files.size();
    }

    @Override
    public Iterator<SourceFile> iterator() {
        return new Iterator<>() {
            private final Deque<Path> pending = new ArrayDeque<>(files);
            private Iterator<SourceFile> zip = null;

            @Override
            public boolean hasNext() {
                while (zip != null && !zip.hasNext()) {
                    zip = null;
                }
                return zip != null || !pending.isEmpty();
            }

            @Override
            public SourceFile next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (zip != null) {
                    return zip.next();
                }
                Path path = pending.removeFirst();
                if (path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    try {
                        zip = entries(path.toString(), Files.newInputStream(path), limits).iterator();
                    } catch (IOException e) {
                        return SourceFile.unreadable(path.toString(), "the zip file cannot be opened: " + e.getMessage());
                    }
                    return hasNext() ? next() : SourceFile.unreadable(path.toString(), "the zip file holds no files");
                }
                return read(path);
            }
        };
    }

    private SourceFile read(Path path) {
        String name = path.toString();
        try {
            if (!Files.isRegularFile(path)) {
                return SourceFile.unreadable(name, "no such file");
            }
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                return SourceFile.unreadable(name, "the file is %,d bytes; the limit is %,d bytes"
                        .formatted(size, limits.maxFileBytes()));
            }
            return SourceFile.readable(name, Files.readAllBytes(path));
        } catch (IOException e) {
            return SourceFile.unreadable(name, "the file cannot be read: " + e.getMessage());
        }
    }

    /**
     * The entries of a zip, read as a stream with every size checked against the limits as it is unpacked (an
     * entry's declared size can lie). Entry names are only used in reports, never as paths on disk, but names
     * that climb out of the archive ({@code ../}) are refused all the same.
     */
    public static Iterable<SourceFile> entries(String zipName, InputStream in, SourceLimits limits) {
        return () -> new ZipEntries(zipName, new ZipInputStream(in), limits);
    }

    private static final class ZipEntries implements Iterator<SourceFile> {

        private final String zipName;
        private final ZipInputStream zip;
        private final SourceLimits limits;
        private SourceFile next;
        private int entries;
        private long unpacked;
        private boolean done;

        ZipEntries(String zipName, ZipInputStream zip, SourceLimits limits) {
            this.zipName = zipName;
            this.zip = zip;
            this.limits = limits;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                next = advance();
            }
            return next != null;
        }

        @Override
        public SourceFile next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            SourceFile result = next;
            next = null;
            return result;
        }

        private SourceFile advance() {
            try {
                ZipEntry entry = zip.getNextEntry();
                while (entry != null && entry.isDirectory()) {
                    entry = zip.getNextEntry();
                }
                if (entry == null) {
                    return finish(null);
                }
                String name = zipName + "!" + entry.getName();
                if (++entries > limits.maxZipEntries()) {
                    return finish(SourceFile.unreadable(zipName, "the zip holds more than %,d files; the rest was not read"
                            .formatted(limits.maxZipEntries())));
                }
                if (entry.getName().contains("..") || entry.getName().startsWith("/") || entry.getName().contains(":")) {
                    return SourceFile.unreadable(name, "unsafe path in the zip (it climbs out of the archive); not read");
                }
                byte[] bytes = zip.readNBytes(limits.maxFileBytes() + 1);
                unpacked += bytes.length;
                if (bytes.length > limits.maxFileBytes()) {
                    return finish(SourceFile.unreadable(name, "unpacks to more than %,d bytes, the limit for one file; the zip was not read further"
                            .formatted(limits.maxFileBytes())));
                }
                if (unpacked > limits.maxZipUnpackedBytes()) {
                    return finish(SourceFile.unreadable(zipName, "unpacks to more than %,d bytes in all; the rest was not read"
                            .formatted(limits.maxZipUnpackedBytes())));
                }
                return SourceFile.readable(name, bytes);
            } catch (IOException e) {
                return finish(SourceFile.unreadable(zipName, "the zip is damaged: " + e.getMessage()));
            }
        }

        private SourceFile finish(SourceFile last) {
            done = true;
            try {
                zip.close();
            } catch (IOException ignored) {
                // nothing more is read from it
            }
            return last;
        }
    }
}
