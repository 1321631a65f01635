package org.shengshi.cases.casefile;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface MaterialMapper {

	void insert(MaterialUpload upload);

	List<MaterialUpload> listByCase(@Param("caseId") String caseId);

	/**
	 * Stores a certificate reference; 0 rows when the same certificate is already
	 * attached for the material.
	 */
	int insertCertificate(CertificateMaterial material);

	List<CertificateMaterial> listCertificatesByCase(@Param("caseId") String caseId);

}
