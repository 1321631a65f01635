package org.shengshi.identity.department;

/**
 * A department of the administrative tree.
 *
 * @param code region code plus sector, such as {@code 440100-GA}
 * @param name official name
 * @param level province, city or district
 * @param regionCode 6-digit administrative region code
 * @param uscc unified social credit code
 * @param parentCode enclosing department, absent for a province-level one
 */
public record Department(String code, String name, Level level, String regionCode, String uscc, String parentCode) {

}
