/**
 * The item version's material list as a contract: officers may request only listed
 * materials ({@code MATERIAL_NOT_IN_GUIDE}), and a submission is complete when every
 * required material is present as an upload or as a reference to an e-certificate of the
 * type the guide names. Uploads are judged on their content, not their name: type by
 * magic bytes, size limit, SHA-256.
 */
package org.shengshi.cases.material;
