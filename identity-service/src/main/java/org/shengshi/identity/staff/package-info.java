/**
 * Staff accounts and their roles, always inside one department.
 */
package org.shengshi.identity.staff;
