package dev.gopherdrill.simulation.gc;

import dev.gopherdrill.simulation.Text;

/** What this simulation writes, in English and Chinese (arguments: the model's values). */
final class Texts {

    private Texts() {
    }
    static final Text TITLE = new Text("GC marking: tri-colour, write barriers (none, Dijkstra, Yuasa, Go's hybrid) and what gets"
                + " freed",
            "GC 标记：三色标记、写屏障（无、Dijkstra、Yuasa、Go 的混合屏障）以及哪些对象被回收");
    static final Text OBJECTS = new Text("objects in the heap",
            "堆上的对象个数");
    static final Text STEPS = new Text("collector steps and mutator writes before mark termination",
            "标记终止前收集器的步数与赋值器（mutator）的写操作数");
    static final Text PACER_TITLE = new Text("GC pacer: the heap goal after a GC (GOGC, heap minimum, GOMEMLIMIT, commit/heapGoal)",
            "GC 调步器（pacer）：一次 GC 之后的堆目标（GOGC、堆最小值、GOMEMLIMIT、commit/heapGoal）");
    static final Text LIVE = new Text("MiB of live heap the program holds",
            "程序持有的存活堆大小（MiB）");
    static final Text GOGC = new Text("GOGC in percent (ignored by ask=off)",
            "GOGC 百分比（ask=off 时忽略）");
    static final Text PIC_LABEL = new Text("GC marking, step %s: %s grey objects",
            "GC 标记，第 %s 步：%s 个灰色对象");
    static final Text PIC_HEADER = new Text("step %s · %s · barrier: %s",
            "第 %s 步 · %s · 写屏障：%s");
    static final Text STACK = new Text(" (stack)",
            "（栈）");
    static final Text FREED_MARK = new Text(" · freed",
            " · 已回收");
    static final Text GREY_QUEUE = new Text("grey (work queue): %s",
            "灰色（工作队列）：%s");
    static final Text HIDDEN = new Text("hidden from the collector: %s",
            "对收集器隐藏：%s");
    static final Text FREED = new Text("freed by the sweep: %s",
            "清扫回收：%s");
    static final Text NOT_OVER = new Text("(marking not over)",
            "（标记尚未结束）");
    static final Text NONE = new Text("none",
            "无");
    static final Text LEGEND = new Text("%s: %s",
            "%s：%s");
    static final Text WHITE = new Text("white",
            "白");
    static final Text GREY = new Text("grey",
            "灰");
    static final Text BLACK = new Text("black",
            "黑");
    static final Text WHITE_MEANS = new Text("not reached",
            "尚未到达");
    static final Text GREY_MEANS = new Text("to scan",
            "待扫描");
    static final Text BLACK_MEANS = new Text("scanned",
            "已扫描");
    static final Text TICK = new Text("outlined box = white; ✓ on a root = root scanned",
            "只有边框的方框 = 白色；根上的 ✓ = 该根已扫描");
    static final Text MARKING = new Text("marking",
            "标记中");
    static final Text TERMINATION = new Text("mark termination",
            "标记终止");
    static final Text SWEPT = new Text("swept",
            "已清扫");
    static final Text PACER_LABEL = new Text("GC pacer: heap goal %s bytes",
            "GC 调步器：堆目标 %s 字节");
    static final Text PACER_HEADER = new Text("heapMarked %s · stacks %s B · globals %s B · GOGC %s · limit %s",
            "heapMarked %s · 栈 %s B · 全局变量 %s B · GOGC %s · 内存上限 %s");
    static final Text NO_GOAL = new Text("no practical goal: %s",
            "没有实际的堆目标：%s");
    static final Text ABOUT_2_63 = new Text("NextGC = %s (about 2^63)",
            "NextGC = %s（约 2^63）");
    static final Text ONLY_RUNTIME_GC = new Text("nothing but runtime.GC() starts a cycle; no 2-minute forced GC with GOGC=off",
            "只有 runtime.GC() 会启动一轮 GC；GOGC=off 时也没有每 2 分钟一次的强制 GC");
    static final Text PACER_LEGEND = new Text("marked heap (filled) · trigger window (shaded) · goal (red line)",
            "已标记的堆（实心）· 触发窗口（阴影）· 目标（红线）");
    static final Text GOAL_SET_BY = new Text("goal %s B (%s) set by %s",
            "目标 %s B（%s），由 %s 决定");
    static final Text NEXT_CYCLE = new Text("next cycle starts between %s and %s",
            "下一轮 GC 在 %s 到 %s 之间启动");
    static final Text GOALS = new Text("GOGC goal %s · memory-limit goal %s",
            "GOGC 目标 %s · 内存上限目标 %s");
    static final Text ASK_PACER = new Text("goal (GOGC only), limit (with GOMEMLIMIT, Go 1.19+), off (GOGC=off)",
            "goal（只有 GOGC）、limit（设置 GOMEMLIMIT，Go 1.19+）、off（GOGC=off）");
    static final Text ASK_MARK = new Text("freed (what the cycle frees), colour (of an object after a step), lost (what no barrier"
                + " loses)",
            "freed（这一轮回收了什么）、colour（某一步之后某个对象的颜色）、lost（没有写屏障时丢失了什么）");
    static final Text BARRIER = new Text("hybrid (Go 1.8+), dijkstra (with stack re-scan), yuasa (with a snapshot), none; lost"
                + " always uses none",
            "hybrid（Go 1.8+）、dijkstra（需要重新扫描栈）、yuasa（基于快照）、none；lost 总是使用 none");
    static final Text WHY_OFF = new Text("GOGC=off: gcPercentHeapGoal = ^uint64(0), no goal from GOGC; sysmon's 2-minute forced GC"
                + " is off too (gcTrigger.test returns false for gcTriggerTime when gcPercent < 0)",
            "GOGC=off：gcPercentHeapGoal = ^uint64(0)，GOGC 不给出目标；sysmon 每 2 分钟一次的强制 GC 也关闭了（gcPercent <"
                + " 0 时 gcTrigger.test 对 gcTriggerTime 返回 false）");
    static final Text WHY_GOGC_117 = new Text("goal = heapMarked + heapMarked * GOGC / 100 = %s + %s * %s / 100 = %s (before Go 1.18"
                + " stacks and globals do not count)",
            "goal = heapMarked + heapMarked * GOGC / 100 = %s + %s * %s / 100 = %s（Go 1.18 之前不计入栈和全局变量）");
    static final Text WHY_HEAP_MINIMUM = new Text("below heapMinimum = 4 MiB * GOGC / 100 = %s: the goal is %s",
            "低于 heapMinimum = 4 MiB * GOGC / 100 = %s：目标取 %s");
    static final Text WHY_ONLY_LIMIT = new Text("the memory-limit goal is the only goal: %s",
            "只有内存上限给出的目标：%s");
    static final Text WHY_LIMIT_WINS = new Text("the memory-limit goal %s is lower than the GOGC goal %s, so it wins (and the sweep floor"
                + " does not apply)",
            "内存上限目标 %s 低于 GOGC 目标 %s，因此取前者（清扫下限不适用）");
    static final Text WHY_GOGC_STANDS = new Text("the memory-limit goal %s is not lower; the GOGC goal stands",
            "内存上限目标 %s 不更低；仍取 GOGC 目标");
    static final Text WHY_SWEEP = new Text("commit ran before sweeping: sweepDistMinTrigger = heapLive + 1 MiB = %s is higher, so the"
                + " goal is %s until the next commit",
            "commit 在清扫之前运行：sweepDistMinTrigger = heapLive + 1 MiB = %s 更高，因此在下一次 commit 之前目标为 %s");
    static final Text WHY_TRIGGER = new Text("the next cycle starts before the goal, at a trigger between %s and %s (45/64 and 61/64 of"
                + " the way from heapMarked, or goal - 4 MiB for large heaps)",
            "下一轮 GC 在到达目标之前、在 %s 到 %s 之间的触发点启动（从 heapMarked 到目标的 45/64 与 61/64 处；大堆为 goal - 4 MiB）");
    static final Text WHY_NO_GOAL = new Text("NextGC = ^uint64(0) = 18446744073709551615: no heap goal",
            "NextGC = ^uint64(0) = 18446744073709551615：没有堆目标");
    static final Text NO_LIMIT = new Text("math.MaxInt64 (no limit)",
            "math.MaxInt64（无上限）");
    static final Text WHY_LIMIT_REACHED = new Text("memory limit %s: non-heap memory %s + overage %s already reaches it, so the memory-limit"
                + " goal is heapMarked = %s",
            "内存上限 %s：非堆内存 %s + 超出部分 %s 已经达到上限，因此内存上限目标为 heapMarked = %s");
    static final Text RAISED = new Text(", raised to heapMarked %s",
            "，提高到 heapMarked %s");
    static final Text AFTER_GC = new Text("after runtime.GC(): heapMarked %s, lastStackScan %s, globalsScan %s, GOGC %s, memory"
                + " limit %s",
            "runtime.GC() 之后：heapMarked %s，lastStackScan %s，globalsScan %s，GOGC %s，内存上限 %s");
    static final Text ASK_NEXT_GC = new Text("What does `runtime.MemStats.NextGC` report, in bytes?",
            "`runtime.MemStats.NextGC` 报告的值是多少字节？");
    static final Text ANSWER_NONE = new Text(" (Answer `none` if there is no goal.)",
            "（如果没有目标，回答 `none`。）");
    static final Text INPUTS = new Text("A Go %s program has just returned from `runtime.GC()` and has allocated nothing since."
                + " The cycle marked **heapMarked = %s bytes**, scanned **%s bytes** of goroutine stacks,"
                + " and the binary has **%s bytes** of globals (`.data` + `.bss`). ",
            "一个 Go %s 程序刚从 `runtime.GC()` 返回，之后没有再分配内存。这一轮标记了 **heapMarked = %s 字节**，扫描了 **%s 字节**的"
                + " goroutine 栈，二进制文件有 **%s 字节**的全局变量（`.data` + `.bss`）。");
    static final Text NO_MEMORY_LIMIT = new Text(", no memory limit.",
            "，没有内存上限。");
    static final Text FULL_STOP = new Text(".",
            "。");
    static final Text WITH_LIMIT = new Text(", `GOMEMLIMIT=%sMiB` (%s bytes). The runtime holds **%s bytes** it has not returned to"
                + " the OS (`Sys - HeapReleased`), of which **%s bytes** are free heap pages (`HeapIdle -"
                + " HeapReleased`).",
            "，`GOMEMLIMIT=%sMiB`（%s 字节）。运行时持有 **%s 字节**尚未归还操作系统的内存（`Sys - HeapReleased`），其中 **%s"
                + " 字节**是空闲的堆页（`HeapIdle - HeapReleased`）。");
    static final Text BARRIER_NONE = new Text("no write barrier",
            "没有写屏障");
    static final Text BARRIER_DIJKSTRA = new Text("Dijkstra insertion barrier, stacks re-scanned at mark termination (Go 1.5–1.7)",
            "Dijkstra 插入写屏障，标记终止时重新扫描栈（Go 1.5–1.7）");
    static final Text BARRIER_YUASA = new Text("Yuasa deletion barrier with a snapshot of the roots at mark start",
            "Yuasa 删除写屏障，标记开始时对根做快照");
    static final Text BARRIER_HYBRID = new Text("Go's hybrid barrier (Go 1.8+): shade the old pointer, and the new one while the stack is"
                + " grey",
            "Go 的混合写屏障（Go 1.8+）：将旧指针置灰，栈仍为灰色时也将新指针置灰");
    static final Text START_SNAPSHOT = new Text("mark start (world stopped): the snapshot scans every root now: globals and main's stack %s",
            "标记开始（STW）：快照现在扫描所有根——全局变量和 main 的栈：%s");
    static final Text START = new Text("mark start: every object is white; %s",
            "标记开始：所有对象都是白色；%s");
    static final Text BARRIER_ON = new Text("the write barrier is on (%s)",
            "写屏障已开启（%s）");
    static final Text SCANS_GLOBALS = new Text("GC scans the globals: %s",
            "GC 扫描全局变量：%s");
    static final Text SCANS_STACK = new Text("GC scans main's stack (once: it is black from now on): %s",
            "GC 扫描 main 的栈（只扫一次：此后栈为黑色）：%s");
    static final Text SCANS_OBJECT = new Text("GC scans %s: %s; %s is black",
            "GC 扫描 %s：%s；%s 变黑");
    static final Text TERM_GLOBALS = new Text("mark termination scans the globals: %s",
            "标记终止时扫描全局变量：%s");
    static final Text TERM_RESCAN = new Text("mark termination re-scans main's stack (Dijkstra needs it: stack writes had no barrier):"
                + " %s",
            "标记终止时重新扫描 main 的栈（Dijkstra 需要：栈上的写没有屏障）：%s");
    static final Text TERM_STACK = new Text("mark termination scans main's stack: %s",
            "标记终止时扫描 main 的栈：%s");
    static final Text TERM_OBJECT = new Text("mark termination scans %s: %s; %s is black",
            "标记终止时扫描 %s：%s；%s 变黑");
    static final Text SWEEP = new Text("sweep frees the white objects: %s",
            "清扫回收白色对象：%s");
    static final Text LOST = new Text("; %s still reachable: a dangling pointer, the live object is lost",
            "；%s 仍然可达：出现悬空指针，存活对象丢失");
    static final Text MUTATOR = new Text("mutator: %s",
            "赋值器（mutator）：%s");
    static final Text STACK_WRITE = new Text(" (a stack write: no barrier)",
            "（栈上的写：没有屏障）");
    static final Text RULE_NONE = new Text("no barrier",
            "没有屏障");
    static final Text RULE_DIJKSTRA = new Text("the barrier shades the new pointer",
            "屏障将新指针置灰");
    static final Text RULE_YUASA = new Text("the barrier shades the old pointer",
            "屏障将旧指针置灰");
    static final Text RULE_HYBRID_BLACK = new Text("the barrier shades the old pointer (the stack is black: not the new one)",
            "屏障将旧指针置灰（栈已是黑色：新指针不置灰）");
    static final Text RULE_HYBRID_GREY = new Text("the barrier shades the old and the new pointer (the stack is still grey)",
            "屏障将旧指针和新指针都置灰（栈仍是灰色）");
    static final Text RULE = new Text(" (%s)",
            "（%s）");
    static final Text COLON = new Text(": ",
            "：");
    static final Text NOW_HIDDEN = new Text("; now hidden from the collector: %s",
            "；现在对收集器隐藏：%s");
    static final Text SHADES_NOTHING = new Text("shades nothing new",
            "没有新的对象被置灰");
    static final Text SHADES = new Text("shades %s grey",
            "将 %s 置灰");
    static final Text GC_SCAN_GLOBALS = new Text("GC: scan the globals",
            "GC：扫描全局变量");
    static final Text GC_SCAN_STACK = new Text("GC: scan main's stack",
            "GC：扫描 main 的栈");
    static final Text GC_SCAN = new Text("GC: scan %s",
            "GC：扫描 %s");
    static final Text ASK_COLOUR = new Text("What colour is **%s** right after step %s: white, grey or black?",
            "第 %2$s 步刚结束时，**%1$s** 是什么颜色：white、grey 还是 black？");
    static final Text ASK_LOST = new Text("There is no write barrier. When marking ends, the sweeper frees an object the program can"
                + " still reach. Which one? (If several, all of them in order.)",
            "没有写屏障。标记结束时，清扫器回收了一个程序仍能访问到的对象。是哪一个？（如果有多个，按顺序全部写出。）");
    static final Text ASK_FREED = new Text("Mark termination then scans the roots not scanned yet%s, drains the grey objects, and the"
                + " sweeper frees every white object. Which objects does this cycle free? Answer with the"
                + " names in order, or `none`.",
            "随后标记终止阶段扫描尚未扫描的根%s，处理完所有灰色对象，清扫器回收所有白色对象。这一轮回收了哪些对象？按顺序写出名字，或回答 `none`。");
    static final Text AND_RESCAN = new Text(" (and re-scans main's stack)",
            "（并重新扫描 main 的栈）");
    static final Text HEAP = new Text("**Heap** (`type T struct{ l, r *T }`): %s",
            "**堆**（`type T struct{ l, r *T }`）：%s");
    static final Text ROOTS = new Text("**Roots**: globals %s; main's stack %s.",
            "**根**：全局变量 %s；main 的栈 %s。");
    static final Text WRITE_BARRIER = new Text("**Write barrier**: %s. Writes to stack slots never have one.",
            "**写屏障**：%s。写栈槽时从不经过写屏障。");
    static final Text BEGINS_SNAPSHOT = new Text("Marking starts with a snapshot: the globals and the stack are scanned with the world"
                + " stopped. Then, in this order:",
            "标记从快照开始：在 STW 期间扫描全局变量和栈。然后依次发生：");
    static final Text BEGINS_WHITE = new Text("Marking starts with every object white. Then, in this order:",
            "标记开始时所有对象都是白色。然后依次发生：");
    static final Text NOTHING_HAPPENS = new Text("(nothing happens before mark termination)",
            "（标记终止之前什么也没发生）");
    static final Text HIDDEN_BY_STEP = new Text("step %s (%s) took away the last path the collector could still follow to it (from a grey"
                + " object or an unscanned root, through white objects)",
            "第 %s 步（%s）拿走了收集器还能找到它的最后一条路径（从灰色对象或未扫描的根出发、经过白色对象）");
    static final Text NEVER_A_PATH = new Text("the collector never had a path to it after its holders were scanned",
            "持有它的对象被扫描之后，收集器再也没有通向它的路径");
    static final Text WHY_LOST = new Text("Why %s is lost: %s, while %s still point(s) to it from something already scanned: the"
                + " tri-colour invariant is broken. ",
            "%s 为什么丢失：%s，而 %s 仍从已扫描的对象指向它：三色不变式被破坏。");
    static final Text HYBRID_SHADES = new Text("With Go's hybrid barrier, step %s (%s) shades %s, and nothing live is freed.",
            "使用 Go 的混合写屏障时，第 %s 步（%s）会将 %s 置灰，不会回收任何存活对象。");
    static final Text HYBRID_REACHES = new Text("With Go's hybrid barrier the collector still reaches %s, and nothing live is freed.",
            "使用 Go 的混合写屏障时，收集器仍能到达 %s，不会回收任何存活对象。");
    static final Text REGIME_HEAP_MINIMUM = new Text("the heap minimum",
            "堆最小值");
    static final Text REGIME_SWEEP_DISTANCE = new Text("the sweep distance",
            "清扫距离");
    static final Text REGIME_MEMORY_LIMIT = new Text("the memory limit",
            "内存上限");
}
