package vn.tinradar.analyze.pipeline.index;

import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.processor.internals.InternalProcessorContext;
import org.apache.kafka.streams.processor.internals.Task;

/** Whether a store's task is a standby, read when asked: a standby becomes active in place, its stores staying open. */
interface TaskKind {

    boolean standby();

    /**
     * The kind of the task {@code context} belongs to. Streams says it only through its internal context (the public
     * one has no task type); any other context, a test's mock for instance, is an active task's.
     */
    static TaskKind of(StateStoreContext context) {
        if (context instanceof InternalProcessorContext<?, ?> internal) {
            return () -> {
                try {
                    return internal.taskType() == Task.TaskType.STANDBY;
                } catch (RuntimeException e) {
                    return false; // a context not backed by a task's state manager (the test utilities' mock)
                }
            };
        }
        return () -> false;
    }
}
