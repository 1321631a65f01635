package org.shengshi.identity.face;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface FaceStateMapper {

	FaceState findBySubject(@Param("subject") String subject);

	int countFailure(@Param("subject") String subject, @Param("now") LocalDateTime now);

	int grantLoa3(@Param("subject") String subject, @Param("until") LocalDateTime until,
			@Param("now") LocalDateTime now);

	List<FaceState> findExpired(@Param("now") LocalDateTime now, @Param("limit") int limit);

	int markLowered(@Param("subject") String subject, @Param("until") LocalDateTime until,
			@Param("now") LocalDateTime now);

}
