package org.shengshi.catalog.item;

/** A place where the item is handled in person (办理地点), with opening hours and a phone. */
public record ServiceWindow(String name, String address, String hours, String phone) {
}
