package dev.gopherdrill.simulation.leaks;

import dev.gopherdrill.simulation.Text;

/** What this simulation writes, in English and Chinese (arguments: the model's values). */
final class Texts {

    private Texts() {
    }
    static final Text TITLE = new Text("Goroutine leaks: what runtime.NumGoroutine() counts, where the leaked goroutines are"
                + " blocked, and after the fix",
            "goroutine 泄漏：runtime.NumGoroutine() 数到多少、泄漏的 goroutine 阻塞在哪里，以及修复之后");
    static final Text PATTERN = new Text("receiver: workers send results after the caller took the first; timeout: a worker answers"
                + " after select gave up on time.After; range: consumers range over a channel nobody closes;"
                + " context: workers wait on a context nobody cancels",
            "receiver：调用方取走第一个结果后，其余 worker 仍在发送；timeout：select 因 time.After 放弃后 worker"
                + " 才回答；range：消费者对一个没人关闭的通道做 range；context：worker 等待一个没人取消的 context");
    static final Text WORKERS = new Text("goroutines the pattern starts (timeout: calls, one goroutine each)",
            "该模式启动的 goroutine 个数（timeout：调用次数，每次一个 goroutine）");
    static final Text BUFFER = new Text("cap of the results channel (receiver) or the jobs channel (range); the other patterns"
                + " ignore it",
            "结果通道（receiver）或任务通道（range）的容量；其他模式忽略");
    static final Text JOBS = new Text("jobs sent (range, context) or late answers from the backend (timeout), at most workers"
                + " for timeout and context; receiver ignores it",
            "发送的任务数（range、context）或后端迟到的回答数（timeout），timeout 与 context 下不超过 workers；receiver 忽略");
    static final Text FIX = new Text("yes: the question is about the program after its fix",
            "yes：问题针对修复之后的程序");
    static final Text ASK = new Text("count: what NumGoroutine prints; blocked: how many goroutines are left blocked, by wait"
                + " reason",
            "count：NumGoroutine 打印的值；blocked：按等待原因，还有多少 goroutine 处于阻塞");
    static final Text SETTLE = new Text("`runtime.GOMAXPROCS(1)` leaves one P, and `settle()` hands it to the other goroutines"
                + " until none of them can run, so the count is the same on every run.",
            "`runtime.GOMAXPROCS(1)` 只留一个 P，`settle()` 把它交给其他 goroutine，直到它们都无法再运行，所以每次运行的计数都相同。");
    static final Text THE_FIX = new Text(" The fix, a line changed or added where it belongs: %s.",
            "修复方法（在相应位置修改或添加一行）：%s。");
    static final Text ASK_COUNT_FIXED = new Text(" What does the fixed program print?",
            "修复后的程序打印什么？");
    static final Text ASK_COUNT = new Text(" What does the program print?",
            "程序打印什么？");
    static final Text ASK_BLOCKED_FIXED = new Text(" After the fix, which goroutines are still blocked when main prints the count? Answer how"
                + " many wait with each wait reason, one reason per line, as a goroutine dump names it (`2"
                + " chan send`), or `%s`.",
            "修复之后，main 打印计数时还有哪些 goroutine 处于阻塞？按等待原因写出各有几个，每行一个原因，原因的写法与 goroutine dump 相同（`2 chan"
                + " send`），没有则回答 `%s`。");
    static final Text ASK_BLOCKED = new Text(" Which goroutines are still blocked when main prints the count? Answer how many wait with"
                + " each wait reason, one reason per line, as a goroutine dump names it (`2 chan send`), or"
                + " `%s`.",
            "main 打印计数时还有哪些 goroutine 处于阻塞？按等待原因写出各有几个，每行一个原因，原因的写法与 goroutine dump 相同（`2 chan"
                + " send`），没有则回答 `%s`。");
    static final Text SETTLES = new Text("; main calls settle(), which gives the P away (runtime.Gosched) until no other goroutine"
                + " is runnable",
            "；main 调用 settle()，它不断让出 P（runtime.Gosched），直到没有其他可运行的 goroutine");
    static final Text SETTLED = new Text("nothing is runnable any more: every goroutine but main has returned or is parked for"
                + " good, so settle() finds no [runnable] goroutine and returns",
            "再也没有可运行的 goroutine：除 main 外的每个 goroutine 要么已返回，要么永久挂起，因此 settle() 找不到 [runnable] 的"
                + " goroutine，返回");
    static final Text GIVES_P_AWAY = new Text("main gives the P away",
            "main 让出 P");
    static final Text ONE_P = new Text("runtime.GOMAXPROCS(1) leaves one P: one goroutine runs at a time, and each go statement"
                + " puts the new goroutine in runnext. ",
            "runtime.GOMAXPROCS(1) 只留一个 P：同一时刻只有一个 goroutine 运行，每条 go 语句都把新的 goroutine 放进 runnext。");
    static final Text INTRO_RECEIVER = new Text("main calls first(): results is %s; the goroutine started for i is g<i>, so g%s is started"
                + " last.",
            "main 调用 first()：results 是%s的通道；为 i 启动的 goroutine 是 g<i>，所以 g%s 最后启动。");
    static final Text INTRO_TIMEOUT = new Text("backend is unbuffered. Call k makes resultk (%s) and starts gk; timerk is the channel of"
                + " its time.After, a runtime timer, not a goroutine.",
            "backend 是无缓冲通道。第 k 次调用创建 resultk（%s）并启动 gk；timerk 是它的 time.After 的通道，那是运行时的计时器，不是"
                + " goroutine。");
    static final Text INTRO_RANGE = new Text("main calls consume(): jobs is %s; the consumers are g1 to g%s.",
            "main 调用 consume()：jobs 是%s的通道；消费者是 g1 到 g%s。");
    static final Text INTRO_CONTEXT = new Text("main calls process(): done stands for ctx.Done(), the channel cancel() closes"
                + " (context.WithCancel(context.Background()) starts no goroutine); work is unbuffered; the"
                + " workers are g1 to g%s.",
            "main 调用 process()：done 代表 ctx.Done()，即 cancel()"
                + " 会关闭的通道（context.WithCancel(context.Background()) 不启动 goroutine）；work 是无缓冲通道；worker 是 g1 到"
                + " g%s。");
    static final Text UNBUFFERED = new Text("unbuffered",
            "无缓冲");
    static final Text BUFFERED = new Text("buffered (cap %s)",
            "有缓冲（cap %s）");
    static final Text FIRST_RETURNS = new Text("first() returns the answer it took",
            "first() 返回它取到的结果");
    static final Text CALLS_OVER = new Text("the calls are over",
            "调用都已结束");
    static final Text CONSUME_RETURNS = new Text("consume() returns",
            "consume() 返回");
    static final Text PROCESS_RETURNS = new Text("process() returns",
            "process() 返回");
    static final Text COUNT_ALONE = new Text("main prints runtime.NumGoroutine(): 1, main alone; every other goroutine has returned",
            "main 打印 runtime.NumGoroutine()：1，只剩 main；其他 goroutine 都已返回");
    static final Text BLOCKED_AT = new Text("%s blocked at %s",
            "%s 阻塞在 %s");
    static final Text SEMICOLON = new Text("; ",
            "；");
    static final Text COUNT_LEAKED = new Text("main prints runtime.NumGoroutine(): %s, main and %s leaked goroutine(s) that will never"
                + " run again: %s. The garbage collector never frees a goroutine, nor what its stack"
                + " references",
            "main 打印 runtime.NumGoroutine()：%s，即 main 加上 %s 个泄漏的、再也不会运行的 goroutine：%s。垃圾回收器永远不会回收"
                + " goroutine，也不会回收它的栈引用的对象");
    static final Text PIC_LABEL = new Text("goroutines and channels: NumGoroutine %s",
            "goroutine 与通道：NumGoroutine %s");
    static final Text PIC_MAIN = new Text("main: %s · NumGoroutine() = %s",
            "main：%s · NumGoroutine() = %s");
    static final Text PIC_RUNNING = new Text("running: %s · runnext: %s · run queue: %s",
            "正在运行：%s · runnext：%s · 运行队列：%s");
    static final Text PIC_RETURNED = new Text("returned: no longer counted",
            "已返回：不再计数");
    static final Text PIC_PARKED = new Text("parked",
            "已挂起");
    static final Text PIC_ON = new Text(" on %s",
            "，阻塞于 %s");
    static final Text PIC_AT = new Text(" at %s",
            "，位置 %s");
    static final Text PIC_IN = new Text(" in %s",
            "，位于 %s");
    static final Text PIC_LEAKED = new Text(" · leaked",
            " · 已泄漏");
    static final Text PIC_CLOSED = new Text(" (closed)",
            "（已关闭）");
    static final Text PIC_TIMER = new Text("timer",
            "计时器");
}
