package org.shengshi.catalog.seed;

/** An administrative region of the seed, e.g. 440106 天河区. */
public record Region(String code, String name) {
}
