/**
 * Departments as an administrative tree (province, city, district) with region codes and
 * unified social credit codes; managed by platform administrators.
 */
package org.shengshi.identity.department;
