package org.shengshi.platform.testapp;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.shengshi.platform.pii.EncryptedString;

/**
 * Stores an encrypted ID number with its blind index, the way services do.
 */
@Mapper
public interface SampleResidentMapper {

	@Insert("INSERT INTO sample_resident (id, id_number, id_number_index) VALUES (#{id}, #{idNumber}, #{index})")
	void insert(@Param("id") String id, @Param("idNumber") EncryptedString idNumber, @Param("index") String index);

	@Select("SELECT id_number FROM sample_resident WHERE id_number_index = #{index}")
	EncryptedString findIdNumberByIndex(@Param("index") String index);

	@Select("SELECT id_number FROM sample_resident WHERE id = #{id}")
	String findRawIdNumber(@Param("id") String id);

}
