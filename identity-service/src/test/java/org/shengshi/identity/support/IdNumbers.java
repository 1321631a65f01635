package org.shengshi.identity.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.shengshi.identity.realname.ResidentIdNumber;

/**
 * Valid, distinct resident ID numbers for tests (Guangzhou Tianhe, born 1990-2009).
 */
public final class IdNumbers {

	private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 5000));

	private IdNumbers() {
	}

	public static String fresh() {
		int n = NEXT.incrementAndGet();
		String first17 = String.format("440106%04d%02d%02d%03d", 1990 + (n / 3000) % 20, 1 + (n / 100) % 12,
				1 + (n / 1000) % 28, n % 1000);
		return first17 + ResidentIdNumber.checkCharacter(first17);
	}

	public static String withWrongCheckDigit() {
		String valid = fresh();
		char wrong = (valid.charAt(17) == '0') ? '1' : '0';
		return valid.substring(0, 17) + wrong;
	}

}
