package org.narrativelens;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.UUID;

/** This process's name as the owner of the jobs and tasks it claims: the configured one, else host and a random suffix. */
public final class ReplicaName {

    private ReplicaName() {
    }

    public static String of(Optional<String> configured) {
        return configured.orElseGet(() -> {
            String host;
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "localhost";
            }
            return host + "-" + UUID.randomUUID().toString().substring(0, 8);
        });
    }
}
