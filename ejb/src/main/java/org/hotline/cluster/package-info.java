/**
 * The node's place in a cluster: whether it is the primary, the one node that holds the PBX's event connection and runs
 * the work that must happen once per cluster (the SLA watch, the PBX records, retention, the follow-ups' clean-up). A
 * single server is always the primary; in the cluster mode (docs/CLUSTER.md) WildFly's singleton service elects one
 * node and moves the role when that node leaves.
 */
package org.hotline.cluster;
