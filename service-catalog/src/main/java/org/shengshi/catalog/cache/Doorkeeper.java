package org.shengshi.catalog.cache;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Remembers, approximately and in bounded memory, which keys were asked for recently, so
 * that a cache can admit only keys asked for a second time (the "doorkeeper" of TinyLFU).
 * Two Bloom filters: keys are recorded in the current one, and once it holds
 * {@code capacity} keys it becomes the previous one and an empty filter the current one.
 * A key is therefore remembered until between {@code capacity} and {@code 2 × capacity}
 * other distinct keys have been recorded after it. About 10 bits per key and 3 hashes
 * give a false positive rate of at most about 3 % (1.5 % per full filter); a false
 * positive only admits a key on its first request. Thread-safe; lock-free except for the
 * rotation.
 */
public final class Doorkeeper {

	/** Distinct keys a filter takes before it is rotated out. */
	public static final int DEFAULT_CAPACITY = 100_000;

	/** Largest capacity: its filters take 2^27 bits (16 MB) each. */
	public static final int MAX_CAPACITY = 1 << 23;

	private static final int HASHES = 3;

	/** Bits per filter: about 10 per key at capacity. */
	private static final int BITS_PER_KEY = 10;

	private final int capacity;

	private final int bits;

	private volatile Filter current;

	private volatile Filter previous;

	public Doorkeeper() {
		this(DEFAULT_CAPACITY);
	}

	public Doorkeeper(int capacity) {
		if (capacity < 1 || capacity > MAX_CAPACITY) {
			throw new IllegalArgumentException("capacity must be between 1 and " + MAX_CAPACITY);
		}
		this.capacity = capacity;
		this.bits = Integer.highestOneBit(Math.max(64, capacity * BITS_PER_KEY - 1)) << 1;
		this.current = new Filter(this.bits);
		this.previous = new Filter(this.bits);
	}

	/**
	 * Whether {@code key} was asked for before, within the remembered window; records it
	 * either way.
	 */
	public boolean seenBefore(String key) {
		long hash = hash64(key);
		Filter now = this.current;
		if (now.contains(hash) || this.previous.contains(hash)) {
			return true;
		}
		if (now.add(hash) >= this.capacity) {
			rotate(now);
		}
		return false;
	}

	private synchronized void rotate(Filter full) {
		if (this.current == full) {
			this.previous = full;
			this.current = new Filter(this.bits);
		}
	}

	/** 64-bit FNV-1a over the UTF-16 code units, finished with MurmurHash3's fmix64. */
	static long hash64(String key) {
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < key.length(); i++) {
			hash ^= key.charAt(i);
			hash *= 0x100000001b3L;
		}
		hash ^= hash >>> 33;
		hash *= 0xff51afd7ed558ccdL;
		hash ^= hash >>> 33;
		hash *= 0xc4ceb9fe1a85ec53L;
		hash ^= hash >>> 33;
		return hash;
	}

	private static final class Filter {

		private final AtomicLongArray words;

		private final int mask;

		private final AtomicInteger added = new AtomicInteger();

		Filter(int bits) {
			this.words = new AtomicLongArray(bits / 64);
			this.mask = bits - 1;
		}

		boolean contains(long hash) {
			for (int i = 0; i < HASHES; i++) {
				int bit = position(hash, i);
				if ((this.words.get(bit >>> 6) & (1L << bit)) == 0) {
					return false;
				}
			}
			return true;
		}

		/** Sets the key's bits; returns how many keys the filter has taken. */
		int add(long hash) {
			for (int i = 0; i < HASHES; i++) {
				int bit = position(hash, i);
				long flag = 1L << bit;
				this.words.getAndAccumulate(bit >>> 6, flag, (word, set) -> word | set);
			}
			return this.added.incrementAndGet();
		}

		/** Double hashing: the low and high halves of the hash make the k positions. */
		private int position(long hash, int i) {
			int low = (int) hash;
			int high = (int) (hash >>> 32) | 1;
			return (low + i * high) & this.mask;
		}

	}

}
