package io.retort.deployment;

import io.retort.revision.RevisionNode;

/** A revision class found in the index: its graph node, class name and whether it runs in a transaction. */
record DiscoveredRevision(RevisionNode node, String className, boolean transactional) {
}
