package dev.gopherdrill.simulation.scheduler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.gopherdrill.simulation.GoVersion;
import dev.gopherdrill.simulation.Language;
import dev.gopherdrill.simulation.Step;
import dev.gopherdrill.simulation.scheduler.SchedulerModel.Run;
import dev.gopherdrill.simulation.scheduler.SchedulerModel.State;

class SchedulerPictureTest {

    private static final GoVersion GO_1_19 = new GoVersion(1, 19);

    private static String at(Run run, int step) {
        return SchedulerPicture.svg((State) run.trace().get(step).state(), Language.EN);
    }

    @Test
    void theStepAfterTheOverflowShowsBothQueuesRunnextAndSchedtick() {
        Run run = SchedulerModel.run(GO_1_19, 1, 300, "waitgroup", 1);
        String svg = at(run, 258);
        assertTrue(svg.startsWith("<svg") && svg.endsWith("</svg>"), svg);
        assertTrue(svg.contains("P0 · schedtick 1 · running main · runnext g257 · local 128/256"), svg);
        assertTrue(svg.contains(">g128…g255<"), svg);
        assertTrue(svg.contains("global queue · 129"), svg);
        assertTrue(svg.contains(">g0…g127<"), svg);
        assertTrue(svg.contains("main: running · WaitGroup counter 258"), svg);
    }

    @Test
    void aGoschedMainWaitingInTheGlobalQueueIsLabelled() {
        Run run = SchedulerModel.run(GO_1_19, 1, 5, "gosched", 3);
        String svg = at(run, 6);
        assertTrue(svg.contains(">main<"), svg);
        assertTrue(svg.contains("main: runnable"), svg);
        assertTrue(svg.contains("created 5 · ran 0"), svg);
    }

    @Test
    void everyProcessorGetsItsRowAndParkedSendersTheirs() {
        Run run = SchedulerModel.run(GO_1_19, 3, 40, "channel", null);
        List<Step> trace = run.trace();
        String any = SchedulerPicture.svg((State) trace.get(trace.size() - 1).state(), Language.EN);
        assertTrue(any.contains("P0 · ") && any.contains("P1 · ") && any.contains("P2 · "), any);
        boolean sendq = trace.stream().map(s -> SchedulerPicture.svg((State) s.state(), Language.EN))
                .anyMatch(svg -> svg.contains("done's sendq"));
        assertTrue(sendq, "some step of a three-P channel run has goroutines parked sending");
        assertTrue(at(run, 0).contains(">empty<"));
    }

    @Test
    void inChineseTheLabelsAreChineseWhileTheRuntimesNamesAndNumbersStay() {
        Run run = SchedulerModel.run(GO_1_19, 1, 300, "waitgroup", 1);
        String zh = SchedulerPicture.svg((State) run.trace().get(258).state(), Language.ZH);
        assertTrue(zh.contains("P0 · schedtick 1 · 正在运行 main · runnext g257 · 本地 128/256"), zh);
        assertTrue(zh.contains("全局队列 · 129"), zh);
        assertTrue(zh.contains("main：运行中 · WaitGroup 计数 258"), zh);
        assertTrue(zh.contains(">g128…g255<") && zh.contains(">g0…g127<"), zh);
        for (String english : List.of("running", "global queue", "local ", "counter", "created", "ran ")) {
            assertTrue(!zh.contains(english), "still English: " + english);
        }
        Run channel = SchedulerModel.run(GO_1_19, 3, 40, "channel", null);
        List<String> pictures = channel.trace().stream().map(s -> SchedulerPicture.svg((State) s.state(), Language.ZH))
                .toList();
        assertTrue(pictures.stream().anyMatch(svg -> svg.contains("done 的 sendq")));
        assertTrue(pictures.stream().anyMatch(svg -> svg.contains("main：等待中（chan receive）")));
        assertTrue(SchedulerPicture.svg((State) channel.trace().get(0).state(), Language.ZH).contains(">空<"));
    }
}
