package org.shengshi.identity.realname;

/**
 * What the population registry says about a name and ID number.
 */
enum RegistryVerdict {

	MATCH, NAME_MISMATCH, NOT_FOUND, DECEASED

}
