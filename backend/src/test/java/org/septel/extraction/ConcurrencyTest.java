package org.septel.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.septel.cable.ParsedCable;

/** One shared extractor gives every thread the same answers as a single thread. */
class ConcurrencyTest {

    @Test
    void sharedExtractorIsThreadSafe() throws Exception {
        FollowUpExtractor shared = new FollowUpExtractor();
        List<ParsedCable> cables = TestCables.goldIds().stream().map(TestCables::parse).toList();
        List<List<Map<String, Object>>> expected = new ArrayList<>();
        for (ParsedCable cable : cables) {
            expected.add(json(shared.extract(cable)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                results.add(pool.submit(() -> {
                    for (int i = cables.size() - 1; i >= 0; i--) {
                        if (!json(shared.extract(cables.get(i))).equals(expected.get(i))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Map<String, Object>> json(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::toJsonMap).toList();
    }
}
