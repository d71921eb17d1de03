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
}
