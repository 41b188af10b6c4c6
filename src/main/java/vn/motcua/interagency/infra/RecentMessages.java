package vn.motcua.interagency.infra;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The last few messages a simulator sent, oldest first, so that a test or a demo can see them. */
final class RecentMessages<T> {

    private final int capacity;
    private final Deque<T> messages = new ArrayDeque<>();

    RecentMessages(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(T message) {
        if (capacity == 0) {
            return;
        }
        if (messages.size() == capacity) {
            messages.removeFirst();
        }
        messages.addLast(message);
    }

    synchronized List<T> list() {
        return List.copyOf(messages);
    }
}
