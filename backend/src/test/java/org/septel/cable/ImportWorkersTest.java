package org.septel.cable;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportWorkersTest {

    private static List<SourceFile> sources(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> SourceFile.readable("f" + i, new byte[] {1})).toList();
    }

    @Test
    void every_source_is_filed_once_under_its_number() {
        Set<Integer> numbers = ConcurrentHashMap.newKeySet();
        List<String> names = Collections.synchronizedList(new ArrayList<>());

        boolean cancelled = new ImportWorkers(3, (number, source) -> {
            assertThat(numbers.add(number)).isTrue();
            names.add(source.name());
        }).drain(sources(500), () -> false);

        assertThat(cancelled).isFalse();
        assertThat(numbers).hasSize(500).contains(1, 500);
        assertThat(names).doesNotHaveDuplicates().hasSize(500);
    }

    @Test
    void the_reader_never_runs_more_than_two_sources_per_worker_ahead_of_filing() {
        AtomicInteger read = new AtomicInteger();
        AtomicInteger filed = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        Iterable<SourceFile> counting = () -> sources(200).stream().peek(s -> read.incrementAndGet()).iterator();

        new ImportWorkers(2, (number, source) -> {
            maxAhead.accumulateAndGet(read.get() - filed.get(), Math::max);
            filed.incrementAndGet();
        }).drain(counting, () -> false);

        // the queue (4) plus one source in each worker's hands plus the one the reader holds
        assertThat(maxAhead.get()).isLessThanOrEqualTo(4 + 2 + 1);
    }

    @Test
    void a_failing_worker_stops_the_import_and_its_failure_reaches_the_caller() {
        AtomicInteger filed = new AtomicInteger();

        assertThatThrownBy(() -> new ImportWorkers(2, (number, source) -> {
            if (number == 7) {
                throw new IllegalStateException("database gone");
            }
            filed.incrementAndGet();
        }).drain(sources(10_000), () -> false)).isInstanceOf(IllegalStateException.class).hasMessage("database gone");
        assertThat(filed.get()).isLessThan(100);
    }

    @Test
    void cancelling_stops_reading() {
        AtomicInteger filed = new AtomicInteger();

        boolean cancelled = new ImportWorkers(2, (number, source) -> filed.incrementAndGet())
                .drain(sources(10_000), () -> filed.get() >= 50);

        assertThat(cancelled).isTrue();
        assertThat(filed.get()).isBetween(50, 60);
    }

    @Test
    void chunks_hold_up_to_the_asked_number_of_sources_and_every_source_comes_once_in_order_within_its_chunk() {
        List<List<Integer>> chunks = Collections.synchronizedList(new ArrayList<>());

        new ImportWorkers(2, 25, chunk -> chunks.add(chunk.stream().map(ImportWorkers.Numbered::number).toList()))
                .drain(sources(510), () -> false);

        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk).hasSizeBetween(1, 25).isSorted());
        assertThat(chunks.stream().mapToInt(List::size).sum()).isEqualTo(510);
        assertThat(chunks.stream().flatMap(List::stream)).doesNotHaveDuplicates().contains(1, 510);
        assertThat(chunks).filteredOn(chunk -> chunk.size() < 25).hasSize(1); // only the tail
    }

    @Test
    void a_big_file_travels_alone_so_no_chunk_becomes_one_huge_transaction() {
        byte[] big = new byte[(int) ImportWorkers.SOLO_BYTES];
        List<SourceFile> sources = List.of(SourceFile.readable("a", new byte[] {1}), SourceFile.readable("big.csv", big),
                SourceFile.readable("b", new byte[] {1}), SourceFile.unreadable("broken.zip", "not a zip file"));
        List<List<String>> chunks = Collections.synchronizedList(new ArrayList<>());

        new ImportWorkers(2, 25, chunk -> chunks.add(chunk.stream().map(n -> n.source().name()).toList()))
                .drain(sources, () -> false);

        assertThat(chunks).containsExactlyInAnyOrder(List.of("a"), List.of("big.csv"), List.of("b", "broken.zip"));
    }

    @Test
    void small_files_fill_a_chunk_up_to_its_byte_budget() {
        ImportWorkers.Chunker chunker = new ImportWorkers.Chunker(1_000);
        byte[] half = new byte[(int) ImportWorkers.SOLO_BYTES - 1];
        int chunks = 0;
        int number = 0;
        while (chunks == 0) {
            chunks = chunker.add(new ImportWorkers.Numbered(++number, SourceFile.readable("f" + number, half))).size();
        }

        assertThat((long) number * half.length).isGreaterThanOrEqualTo(ImportWorkers.CHUNK_BYTES);
        assertThat((long) (number - 1) * half.length).isLessThan(ImportWorkers.CHUNK_BYTES);
    }

    @Test
    void with_chunks_the_reader_never_runs_more_than_two_chunks_per_worker_ahead_of_filing() {
        AtomicInteger read = new AtomicInteger();
        AtomicInteger filed = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        Iterable<SourceFile> counting = () -> sources(2_000).stream().peek(s -> read.incrementAndGet()).iterator();

        new ImportWorkers(2, 10, chunk -> {
            maxAhead.accumulateAndGet(read.get() - filed.get(), Math::max);
            filed.addAndGet(chunk.size());
        }).drain(counting, () -> false);

        // the queue (4 chunks) plus one chunk in each worker's hands plus the chunk the reader is filling
        assertThat(maxAhead.get()).isLessThanOrEqualTo((4 + 2 + 1) * 10);
    }
}
