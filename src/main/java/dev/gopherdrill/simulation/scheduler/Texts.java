package dev.gopherdrill.simulation.scheduler;

import dev.gopherdrill.simulation.Text;

/** What this simulation writes, in English and Chinese (arguments: the model's values). */
final class Texts {

    private Texts() {
    }
    static final Text TITLE = new Text("Scheduler: in what order do N goroutines run with one P? (runnext, runqputslow, the 61st"
                + " schedtick, Gosched)",
            "调度器：只有一个 P 时，N 个 goroutine 按什么顺序运行？（runnext、runqputslow、第 61 次 schedtick、Gosched）");
    static final Text GOROUTINES = new Text("goroutines main starts in its loop",
            "main 在循环里启动的 goroutine 个数");
    static final Text MAIN_WAITS = new Text("how main waits: wg.Wait(), time.Sleep, runtime.Gosched() or N receives from an unbuffered"
                + " channel",
            "main 如何等待：wg.Wait()、time.Sleep、runtime.Gosched()，或从无缓冲通道接收 N 次");
    static final Text ASK = new Text("the whole order, the first goroutine, the last one before main prints, or how many ran"
                + " before main printed",
            "完整顺序、第一个运行的 goroutine、main 打印前最后一个，或 main 打印前运行了几个");
    static final Text SCHEDTICK = new Text("P0's schedtick %% 61 when main starts the loop, set by alignSchedtick when the answer"
                + " depends on it",
            "main 开始循环时 P0 的 schedtick %% 61；答案依赖它时由 alignSchedtick 设置");
}
