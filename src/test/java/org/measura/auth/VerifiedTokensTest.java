package org.measura.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final TokenHash alice = TokenHash.of("header.alice.signature");
    private final TokenHash bob = TokenHash.of("header.bob.signature");

    @Test
    void aVerifiedTokenIsKnownUntilItsExpiryAndNotAMillisecondLonger() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(10, now::get);
        tokens.remember(alice, "alice", 1_060_000, "key-1");
        assertThat(tokens.find(alice, "key-1")).isEqualTo("alice");
        now.set(1_059_999);
        assertThat(tokens.find(alice, "key-1")).isEqualTo("alice");
        now.set(1_060_000);
        assertThat(tokens.find(alice, "key-1")).isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void anAlreadyExpiredTokenIsNotRemembered() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(10, now::get);
        tokens.remember(alice, "alice", 1_000_000, "key-1");
        assertThat(tokens.find(alice, "key-1")).isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aNewVerificationKeyDropsEveryTokenVerifiedWithTheOldOne() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(10, now::get);
        tokens.remember(alice, "alice", 2_000_000, "key-1");
        tokens.remember(bob, "bob", 2_000_000, "key-1");
        assertThat(tokens.find(alice, "key-2")).as("alice under the new key").isNull();
        tokens.remember(bob, "bob", 2_000_000, "key-2");
        assertThat(tokens.size()).as("only bob, verified again under key-2").isEqualTo(1);
        assertThat(tokens.find(alice, "key-2")).isNull();
        assertThat(tokens.find(bob, "key-2")).isEqualTo("bob");
        assertThat(tokens.find(bob, "key-1")).as("nor found again under the old key").isNull();
    }

    @Test
    void aFullCacheDropsExpiredEntriesFirstThenEverything() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(2, now::get);
        tokens.remember(alice, "alice", 1_000_010, "key-1");
        tokens.remember(bob, "bob", 2_000_000, "key-1");
        now.set(1_000_020);
        TokenHash carol = TokenHash.of("header.carol.signature");
        tokens.remember(carol, "carol", 2_000_000, "key-1");
        assertThat(tokens.size()).isEqualTo(2);
        assertThat(tokens.find(bob, "key-1")).isEqualTo("bob");
        tokens.remember(alice, "alice", 2_000_000, "key-1");
        assertThat(tokens.size()).as("none had expired: all dropped, alice alone").isEqualTo(1);
        assertThat(tokens.find(alice, "key-1")).isEqualTo("alice");
    }

    @Test
    void capacityZeroRemembersNothing() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(0, now::get);
        tokens.remember(alice, "alice", 2_000_000, "key-1");
        assertThat(tokens.find(alice, "key-1")).isNull();
    }

    @Test
    void theHashNamesNoPartOfTheToken() {
        assertThat(alice).isEqualTo(TokenHash.of("header.alice.signature")).isNotEqualTo(bob);
        assertThat(alice.toString()).doesNotContain("alice").doesNotContain(Long.toString(alice.first()));
    }
}
