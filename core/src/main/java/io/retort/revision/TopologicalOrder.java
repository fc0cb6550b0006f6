package io.retort.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders revisions so that parents and dependencies come first.
 *
 * <p>Depth-first from the heads in id order, so each branch's history stays together instead of being
 * interleaved with its siblings. Iterative because histories can be thousands of revisions long.
 */
final class TopologicalOrder {

    private TopologicalOrder() {
    }

    static List<RevisionNode> sort(Map<String, RevisionNode> byId) {
        Set<String> hasChild = new HashSet<>();
        byId.values().forEach(node -> hasChild.addAll(node.parents()));
        List<String> roots = new ArrayList<>();
        byId.keySet().stream().filter(id -> !hasChild.contains(id)).sorted().forEach(roots::add);
        // Nodes on a cycle may not lie below any head, so every node is a root candidate too.
        byId.keySet().stream().sorted().forEach(roots::add);

        Map<String, Boolean> finished = new HashMap<>(); // false while on the stack, true once emitted
        List<RevisionNode> out = new ArrayList<>(byId.size());
        Deque<Frame> stack = new ArrayDeque<>();
        for (String root : roots) {
            if (finished.containsKey(root)) {
                continue;
            }
            stack.push(new Frame(byId.get(root)));
            finished.put(root, false);
            while (!stack.isEmpty()) {
                Frame frame = stack.peek();
                if (frame.next < frame.prerequisites.size()) {
                    String prerequisite = frame.prerequisites.get(frame.next++);
                    Boolean state = finished.get(prerequisite);
                    if (state == null) {
                        stack.push(new Frame(byId.get(prerequisite)));
                        finished.put(prerequisite, false);
                    } else if (!state) {
                        throw cycle(stack, prerequisite, byId);
                    }
                } else {
                    stack.pop();
                    finished.put(frame.node.id(), true);
                    out.add(frame.node);
                }
            }
        }
        return out;
    }

    private static CycleException cycle(Deque<Frame> stack, String start, Map<String, RevisionNode> byId) {
        List<String> cycle = new ArrayList<>();
        Iterator<Frame> fromBottom = stack.descendingIterator();
        boolean inCycle = false;
        while (fromBottom.hasNext()) {
            String id = fromBottom.next().node.id();
            inCycle |= id.equals(start);
            if (inCycle) {
                cycle.add(id);
            }
        }
        StringBuilder path = new StringBuilder();
        for (String id : cycle) {
            path.append(id).append(" (").append(byId.get(id).source()).append(") -> ");
        }
        path.append(start);
        return new CycleException("Revisions form a cycle: " + path
                + ", where each arrow points to a parent or dependency; change one of these parents or "
                + "dependencies to break the cycle.", cycle);
    }

    private static final class Frame {
        final RevisionNode node;
        final List<String> prerequisites;
        int next;

        Frame(RevisionNode node) {
            this.node = node;
            Set<String> all = new LinkedHashSet<>(node.parents());
            all.addAll(node.dependsOn());
            this.prerequisites = new ArrayList<>(all);
        }
    }
}
