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
    static final Text MAIN_RUNS = new Text("main runs on P0 with schedtick ",
            "main 在 P0 上运行，schedtick 为 ");
    static final Text P1_IDLE = new Text("; P1 is idle",
            "；P1 空闲");
    static final Text P1_TO = new Text("; P1…P",
            "；P1…P");
    static final Text ARE_IDLE = new Text(" are idle",
            " 空闲");
    static final Text FING_RUNNEXT = new Text("; runnext still holds fing, the finalizer goroutine the os package started at init",
            "；runnext 里还是 fing，即 os 包在 init 时启动的终结器（finalizer）goroutine");
    static final Text FING_GLOBAL = new Text("; fing, the finalizer goroutine the os package started at init, waits in the global queue",
            "；fing（os 包在 init 时启动的终结器 goroutine）在全局队列中等待");
    static final Text QUEUES_EMPTY = new Text("; the run queues are otherwise empty",
            "；运行队列中没有其他 goroutine");
    static final Text NEWPROC = new Text(" → newproc: ",
            " → newproc：");
    static final Text WG_WAIT = new Text("main: wg.Wait() with the counter at ",
            "main：wg.Wait()，计数为 ");
    static final Text PARKS_SEMACQUIRE = new Text(" → parks (semacquire); P0 calls schedule()",
            " → 挂起（semacquire）；P0 调用 schedule()");
    static final Text PARKS_SLEEP = new Text("ms) → parks with a timer on P0 (sleep); P0 calls schedule()",
            "ms) → 在 P0 上带着计时器挂起（sleep）；P0 调用 schedule()");
    static final Text GOSCHED = new Text("main: runtime.Gosched() → goschedImpl puts main at the tail of the global queue (",
            "main：runtime.Gosched() → goschedImpl 把 main 放到全局队列队尾（现在有 ");
    static final Text THERE_NOW = new Text(" there now); P0 calls schedule()",
            " 个）；P0 调用 schedule()");
    static final Text DONE_RECV = new Text("main: <-done finds no sender → parks in done's recvq (chan receive); P0 calls schedule()",
            "main：<-done 没有发送方 → 挂起在 done 的 recvq（chan receive）；P0 调用 schedule()");
    static final Text INHERITS = new Text(" (inherits the time slice: schedtick stays ",
            "（继承时间片：schedtick 保持 ");
    static final Text FING_PARKS = new Text("; no finalizers are queued, so fing parks again (finalizer wait)",
            "；没有排队的终结器，fing 再次挂起（finalizer wait）");
    static final Text TICK_61 = new Text(" %% 61 == 0 and the global queue holds ",
            " %% 61 == 0，且全局队列中有 ");
    static final Text TAKES_HEAD = new Text(", 1) takes its head ",
            ", 1) 取走队头 ");
    static final Text RUNS = new Text(" runs",
            " 运行");
    static final Text LOCAL_HEAD = new Text("runnext is empty → the local queue's head ",
            "runnext 为空 → 本地队列队头 ");
    static final Text GLOBRUNQGET = new Text("runnext and the local queue are empty → globrunqget(P",
            "runnext 和本地队列都为空 → globrunqget(P");
    static final Text GO_TO_P = new Text(" go to P",
            " 进入 P");
    static final Text S_LOCAL_QUEUE = new Text("'s local queue",
            " 的本地队列");
    static final Text STEAL = new Text("nothing local or global → stealWork: P",
            "本地和全局都没有 → stealWork：P");
    static final Text LOCAL_HOLDS = new Text("'s local queue holds ",
            " 的本地队列中有 ");
    static final Text RUNQGRAB = new Text(" → runqgrab takes n - n/2 = ",
            " → runqgrab 从队头取走 n - n/2 = ");
    static final Text FROM_HEAD = new Text(" from its head; the last, ",
            " 个；最后一个 ");
    static final Text COMMA_RUNS = new Text(", runs",
            " 运行");
    static final Text ALREADY_TOOK = new Text("; main already took its value, so its send returns and g",
            "；main 已经取走了它的值，所以它的发送返回，g");
    static final Text EXITS = new Text(" exits",
            " 退出");
    static final Text RECORDS = new Text("; records ",
            "；记录 ");
    static final Text WG_DONE = new Text("; wg.Done(): counter ",
            "；wg.Done()：计数 ");
    static final Text SEMRELEASE = new Text(" → semrelease readies main: ",
            " → semrelease 唤醒 main：");
    static final Text STRAIGHT_TO_MAIN = new Text(": main waits in recvq → the value goes straight to main, goready: ",
            "：main 在 recvq 中等待 → 值直接交给 main，goready：");
    static final Text NOT_RECEIVING = new Text(": main is not receiving → g",
            "：main 没有在接收 → g");
    static final Text PARKS_SENDQ = new Text(" parks in done's sendq (chan send)",
            " 挂起在 done 的 sendq（chan send）");
    static final Text MAINS_RECEIVE = new Text("; main's receive ",
            "；main 的第 ");
    static final Text COMPLETES = new Text(" completes",
            " 次接收完成");
    static final Text DONE_TAKES = new Text("; <-done takes ",
            "；<-done 从挂起的 g");
    static final Text FROM_PARKED = new Text(" from parked g",
            " 取走，来自 g");
    static final Text DONE_AGAIN = new Text("; <-done again: no sender → main parks (chan receive)",
            "；再次 <-done：没有发送方 → main 挂起（chan receive）");
    static final Text ALL = new Text("; all ",
            "；全部 ");
    static final Text RECEIVED = new Text(" received",
            " 个都已收到");
    static final Text MAIN_PRINTS = new Text("; main prints the ",
            "；main 打印记录下的 ");
    static final Text RECORDED = new Text(" recorded and returns → exit(0)",
            " 个并返回 → exit(0)");
    static final Text NEVER_RUNS = new Text(" goroutine never runs",
            " 个 goroutine 从未运行");
    static final Text NEVER_RUN = new Text(" goroutines never run",
            " 个 goroutine 从未运行");
    static final Text WAITS_TIMER = new Text("nothing is runnable; P0 waits for its timer. After ",
            "没有可运行的 goroutine；P0 等待它的计时器。");
    static final Text TIMER_FIRES = new Text(" ms main's timer fires → goroutineReady: ",
            " ms 后 main 的计时器触发 → goroutineReady：");
    static final Text S_RUNNEXT = new Text("'s runnext",
            " 的 runnext");
    static final Text S_RUNNEXT_COMMA = new Text("'s runnext, ",
            " 的 runnext，");
    static final Text KICKED = new Text(" kicked to the tail of its local queue",
            " 被挤到它的本地队列队尾");
    static final Text QUEUE_FULL = new Text(", but that queue is full (256): runqputslow moves its first half and ",
            "，但该队列已满（256）：runqputslow 把前一半和 ");
    static final Text TO_GLOBAL = new Text(", 129 Gs) to the global queue, which now holds ",
            "，共 129 个 G）移到全局队列，全局队列现在有 ");
    static final Text WG_RETURNS = new Text("wg.Wait returns",
            "wg.Wait 返回");
    static final Text SLEEP_RETURNS = new Text("time.Sleep returns",
            "time.Sleep 返回");
    static final Text GOSCHED_RETURNS = new Text("runtime.Gosched returns",
            "runtime.Gosched 返回");
    static final Text RUNQGET = new Text("runqget → runnext ",
            "runqget → runnext 中的 ");
    static final Text PIC_LABEL = new Text("GPM scheduler: %s P, global queue %s, main %s",
            "GPM 调度器：%s 个 P，全局队列 %s，main %s");
    static final Text PIC_P = new Text("P%s · schedtick %s · running %s · runnext %s · local %s/%s",
            "P%s · schedtick %s · 正在运行 %s · runnext %s · 本地 %s/%s");
    static final Text PIC_GLOBAL = new Text("global queue · %s",
            "全局队列 · %s");
    static final Text PIC_SENDQ = new Text("done's sendq · %s parked senders",
            "done 的 sendq · %s 个挂起的发送方");
    static final Text PIC_MAIN = new Text("main: %s",
            "main：%s");
    static final Text PIC_WAITGROUP = new Text(" · WaitGroup counter %s",
            " · WaitGroup 计数 %s");
    static final Text PIC_CREATED = new Text("created %s · ran %s",
            "已创建 %s · 已运行 %s");
    static final Text PIC_LAST = new Text(" (last g%s)",
            "（最后一个 g%s）");
    static final Text PIC_EMPTY = new Text("empty",
            "空");
    static final Text PIC_RUNNING = new Text("running",
            "运行中");
    static final Text PIC_RUNNABLE = new Text("runnable",
            "可运行");
    static final Text PIC_WAITING = new Text("waiting (%s)",
            "等待中（%s）");
}
