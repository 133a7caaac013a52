/**
 * The cluster suite: end-to-end checks of two Trackline nodes that share one MariaDB and one Kafka broker,
 * as {@code scripts/cluster.sh up} starts them (node 1 on :9080, node 2 on :9081, nginx round robin on :8080,
 * database {@code trackline_cluster}). Each check talks to the nodes directly, to tell them apart, except
 * the load of the last one, which goes through the balancer as partners' traffic does.
 *
 * <p>What it checks ({@link io.trackline.cluster.ClusterIT}): overlays on either node get every postback
 * counted on either, once and in order, and one that moves to the other node with {@code Last-Event-ID}
 * gets exactly what it missed; an access key revoked on one node is refused on the other within a second; a
 * click on node 2 finds the winner of an auction node 1 just ran, is billed once, and is a duplicate when
 * repeated on node 1; either node answers an auction's decision trace; a signed request that succeeded on
 * one node is a replay on the other (409 for a seed signature under replay protection, the first answer
 * again for Standard Webhooks); and, last, node 2 killed with SIGKILL under load loses no acknowledged
 * postback or auction, and its overlay resumes on node 1 with every number once. That check kills node 2, so
 * it runs last ({@code @Order}) and nothing after it may need node 2.
 *
 * <p>How to run it: {@code scripts/cluster-test.sh} (starts the cluster, runs
 * {@code ./mvnw -pl ear verify -Pcluster}, which runs only this package's {@code *IT} classes, and stops the
 * cluster, a killed node included). Against a cluster that is already up: {@code ./mvnw -pl ear verify
 * -Pcluster}, once, as the last check leaves node 2 dead. Other addresses through the system properties
 * {@code trackline.cluster.node1}, {@code .node2}, {@code .balancer}, {@code .db.url}, {@code .db.user},
 * {@code .db.password} and {@code .pid-dir} (where Liberty keeps the nodes' PID files). Figures (delivery,
 * revocation, reconnect and recording times, acknowledged and lost counts) are the output lines that start
 * with {@code cluster:}.
 *
 * <p>The helpers: {@link io.trackline.cluster.Node} (HTTP to one node), {@link io.trackline.cluster.Overlay}
 * (an SSE stream), {@link io.trackline.cluster.Dashboard} (the Keys page over HTTP),
 * {@link io.trackline.cluster.RetailRequest} (signed retail calls), {@link io.trackline.cluster.ManagementApi},
 * {@link io.trackline.cluster.BalancerLoad} and {@link io.trackline.cluster.LoadAudit} (the load and what
 * became of it), {@link io.trackline.cluster.ClusterDatabase} (reads of MariaDB),
 * {@link io.trackline.cluster.NodeProcess} (the kill) and {@link io.trackline.cluster.Figures}.
 */
package io.trackline.cluster;
