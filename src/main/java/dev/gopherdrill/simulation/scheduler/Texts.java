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
    static final Text ONE_P = new Text("It runs on Go 1.19; `runtime.GOMAXPROCS(1)` leaves one P.",
            "程序在 Go 1.19 上运行；`runtime.GOMAXPROCS(1)` 只留一个 P。");
    static final Text ALIGNED = new Text(" `alignSchedtick(%s)` returns with main's P at `schedtick %% 61 == %s` and nothing else"
                + " queued, so this run is the same every time.",
            "`alignSchedtick(%s)` 返回时 main 所在 P 的 `schedtick %% 61 == %s`，且没有其他排队的"
                + " goroutine，所以每次运行结果都相同。");
    static final Text ORDINARY_RUN = new Text(" (The answer is the ordinary run; a sysmon preemption on a loaded machine can rarely"
                + " change it.)",
            "（答案是通常的一次运行；在负载高的机器上，sysmon 的抢占偶尔可能改变它。）");
    static final Text ASK_ORDER = new Text(" In what order do the goroutines run, that is, what does it print? (Spaces or commas;"
                + " `0…8` for a run of consecutive numbers is fine.)",
            "这些 goroutine 按什么顺序运行，也就是程序打印什么？（用空格或逗号分隔；连续的数字可以写成 `0…8`。）");
    static final Text ASK_FIRST = new Text(" Which goroutine runs first? (Its `i`, or `none` if main prints before any runs.)",
            "哪个 goroutine 最先运行？（写出它的 `i`；如果 main 在任何 goroutine 运行之前就打印，回答 `none`。）");
    static final Text ASK_LAST = new Text(" Which goroutine runs last before main prints? (Its `i`, or `none`.)",
            "main 打印之前最后运行的是哪个 goroutine？（写出它的 `i`，或 `none`。）");
    static final Text ASK_RAN = new Text(" How many goroutines have run when main prints?",
            "main 打印时已经有多少个 goroutine 运行过？");
}
