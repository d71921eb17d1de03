package dev.gopherdrill.simulation.context;

import dev.gopherdrill.simulation.Text;

/** What this simulation writes, in English and Chinese (arguments: the model's values). */
final class Texts {

    private Texts() {
    }
    static final Text TITLE = new Text("Context trees: what does this program print? (propagateCancel, cancel, WithDeadline,"
                + " Value)",
            "Context 树：这段程序打印什么？（propagateCancel、cancel、WithDeadline、Value）");
    static final Text CONTEXTS = new Text("contexts derived from ctx := context.Background()",
            "从 ctx := context.Background() 派生的 context 个数");
    static final Text FOCUS = new Text("what the prints at the end ask: any, err, value, deadline, done, type, cause (Go 1.20+)"
                + " or afterfunc (Go 1.21+)",
            "结尾的打印问什么：any、err、value、deadline、done、type、cause（Go 1.20+）或 afterfunc（Go 1.21+）");
    static final Text QUESTION = new Text("What does it print?",
            "它打印什么？");
    static final Text SLEEPS = new Text(" (`time.Sleep` lets every deadline a few seconds away pass; `settle` waits until the"
                + " timers have cancelled their contexts.)",
            "（`time.Sleep` 让几秒之后的截止时间都已过去；`settle` 一直等到计时器取消了它们的 context。）");
    static final Text DROPS_CAUSE = new Text(" and drops the cause",
            "，并丢弃 cause");
    static final Text CANCELS_BELOW = new Text(" and everything registered below it are cancelled; its parent is not",
            " 以及注册在它下面的所有 context 都被取消；它的父 context 不受影响");
    static final Text STILL_FOUND = new Text(" are still found through it",
            " 的值仍能通过它找到");
    static final Text HAS_PASSED = new Text(" has already passed",
            " 已经过去");
    static final Text PASSED_CANCELLED = new Text(" has already passed: cancelled now with DeadlineExceeded",
            " 已经过去：立即以 DeadlineExceeded 取消");
    static final Text PASSED_TOO = new Text(" has passed too, but cancel does nothing the second time",
            " 也已过去，但第二次 cancel 不起作用");
    static final Text ALREADY_DONE_PAREN = new Text(" is already done (",
            " 已经结束（");
    static final Text S_DEADLINE = new Text("'s deadline",
            " 的截止时间");
    static final Text S_DEADLINE_PAREN = new Text("'s deadline (",
            " 的截止时间（");
    static final Text BEFORE_ASKED = new Text(") is before the one asked for (",
            "）早于所要求的（");
    static final Text RETURNS_WITH_CANCEL = new Text("), so WithDeadline returns WithCancel(",
            "），因此 WithDeadline 返回 WithCancel(");
    static final Text REPORTS = new Text("): a *cancelCtx that reports ",
            "）：一个报告 ");
    static final Text WITHOUT_CANCEL = new Text("): no deadline, Done() nil, never cancelled; values of ",
            "）：没有截止时间，Done() 为 nil，永不取消；");
    static final Text SECOND_CANCEL = new Text("); a second cancel changes nothing",
            "）；再次 cancel 不改变任何东西");
    static final Text AFTER_FUNC_CTX = new Text(", f): an afterFuncCtx; ",
            ", f)：一个 afterFuncCtx；");
    static final Text TIMER_CTX = new Text(": a *timerCtx with deadline ",
            "：一个 *timerCtx，截止时间 ");
    static final Text NEW_CANCEL_CTX = new Text(": a new *cancelCtx; ",
            "：一个新的 *cancelCtx；");
    static final Text ALREADY_STOPPED = new Text(": already stopped",
            "：已经停止过");
    static final Text NEVER_WILL = new Text(": f had not started, and now never will",
            "：f 尚未开始，现在永远不会开始");
    static final Text ALREADY_STARTED = new Text(": f has already started",
            "：f 已经开始");
    static final Text OWN_GOROUTINE = new Text("; f starts on a goroutine of its own",
            "；f 在自己的 goroutine 上开始运行");
    static final Text NO_TIMER_DUE = new Text("; no timer is due",
            "；没有到期的计时器");
    static final Text TIMERS_FIRE = new Text("; timers fire in deadline order: ",
            "；计时器按截止时间顺序触发：");
    static final Text ITS_DEADLINE = new Text("its deadline ",
            "它的截止时间 ");
    static final Text ITS_TIMER = new Text("its timer at ",
            "它在以下时刻的计时器 ");
    static final Text NO_TIMER = new Text("no timer: it is already cancelled",
            "不设计时器：它已经被取消");
    static final Text CLOCK_MOVES = new Text("the clock moves to ",
            "时钟前进到 ");
    static final Text THE_DEADLINE = new Text("the deadline ",
            "截止时间 ");
    static final Text SAME_TIME = new Text("the same time asked for a moment later, by a later statement",
            "同一时刻，由稍后的语句晚一点要求");
    static final Text ARMS_TIMER = new Text("time.AfterFunc arms a timer for ",
            "time.AfterFunc 设置一个计时器，时刻为 ");
    static final Text AT = new Text(" at ",
            " 于 ");
    static final Text ALREADY_DONE = new Text(" is already done: ",
            " 已经结束：");
    static final Text CANCELLED_AT_ONCE = new Text(" is cancelled at once with ",
            " 立即被取消，错误取自 ");
    static final Text WAS_CREATED = new Text(" was created",
            " 被创建时");
    static final Text S_ERROR = new Text("'s error (",
            " 的错误（");
    static final Text ALREADY_DONE_WHEN = new Text(", already done when ",
            "，它在 ");
    static final Text NOTHING_TO_PROPAGATE = new Text(".Done() is nil (never cancelled): nothing to propagate",
            ".Done() 为 nil（永不取消）：无需传播取消");
    static final Text ITS_PARENT = new Text("its parent ",
            "它的父 context ");
    static final Text REGISTERED = new Text("registered in ",
            "注册到 ");
    static final Text FOUND_THROUGH = new Text(" (found through ",
            "（通过 ");
    static final Text CANCEL_CTX_KEY = new Text(".Value(&cancelCtxKey))",
            ".Value(&cancelCtxKey) 找到）");
    static final Text VALUE_CTX = new Text("\"): a *valueCtx; Deadline, Done and Err are ",
            "\")：一个 *valueCtx；Deadline、Done 和 Err 都取自 ");
    static final Text S_APOSTROPHE = new Text("'s",
            " 的");
    static final Text ROOT = new Text("ctx := context.%s(): an empty context; Done() is nil, so it is never cancelled, and it"
                + " has no deadline and no values",
            "ctx := context.%s()：一个空 context；Done() 为 nil，所以它永远不会被取消，也没有截止时间和值");
    static final Text SLEEP = new Text("time.Sleep(3 * time.Second): %s; settle waits for the timers' goroutines",
            "time.Sleep(3 * time.Second)：%s；settle 等待计时器的 goroutine 执行完");
    static final Text PRINTS = new Text("%s prints \"%s\"",
            "%s 打印 \"%s\"");
    static final Text NO_CAUSE = new Text(": not cancelled, so no cause",
            "：没有被取消，所以没有 cause");
    static final Text FIRST_CAUSE = new Text(": the cause recorded by the first cancellation that reached it",
            "：第一次到达它的取消所记录的 cause");
    static final Text NO_VALUE = new Text(": no WithValue on the way up has a key == %s (same type and value)",
            "：向上查找的路径上没有 key == %s（类型和值都相同）的 WithValue");
    static final Text NEAREST_VALUE = new Text(": the nearest WithValue on the way up whose key == %s answers",
            "：向上查找时最近的 key == %s 的 WithValue 给出答案");
    static final Text NO_DEADLINE = new Text(": no deadline on the way up",
            "：向上查找的路径上没有截止时间");
    static final Text TIME_LEFT = new Text(": the time left until %s, to the minute",
            "：距离 %s 还剩的时间，精确到分钟");
    static final Text PIC_LABEL = new Text("context tree at %s: %s contexts",
            "%s 时的 context 树：%s 个 context");
    static final Text CLOCK = new Text("clock: %s",
            "时钟：%s");
    static final Text NO_DEADLINE_PIC = new Text("no deadline",
            "没有截止时间");
    static final Text DEADLINE_PIC = new Text("deadline %s",
            "截止时间 %s");
    static final Text INHERITED = new Text(" (inherited)",
            "（继承）");
    static final Text CHILDREN = new Text("children: %s",
            "子 context：%s");
    static final Text CANCELLED_NOW = new Text("cancelled now: %s (%s) by %s",
            "本步取消：%s（%s），原因：%s");
}
