package dev.gopherdrill.bench;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * Prints one BCrypt hash of a password, for bench/run.sh to give every synthetic learner
 * (the same hash the app's sign-up would store, computed with the app's own library).
 * Usage: {@code BcryptHash <password> [cost]}; bench/run.sh uses cost 4 so that signing
 * in 1,000 learners before the measurement takes seconds; sign-ins are not measured.
 */
public final class BcryptHash {

    private BcryptHash() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: BcryptHash <password> [cost]");
            System.exit(2);
        }
        int cost = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        System.out.println(BcryptUtil.bcryptHash(args[0], cost));
    }
}
