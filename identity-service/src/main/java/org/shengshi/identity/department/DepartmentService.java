package org.shengshi.identity.department;

import java.util.List;
import java.util.Optional;

import org.shengshi.platform.problem.ProblemException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrative tree of departments: province, city, district.
 */
@Service
public class DepartmentService {

	private final DepartmentMapper mapper;

	DepartmentService(DepartmentMapper mapper) {
		this.mapper = mapper;
	}

	@Transactional(readOnly = true)
	public List<Department> all() {
		return this.mapper.findAll();
	}

	@Transactional(readOnly = true)
	public Optional<Department> find(String code) {
		return Optional.ofNullable(this.mapper.findByCode(code));
	}

	@Transactional
	Department create(NewDepartment request) {
		if (!Uscc.isValid(request.uscc())) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "USCC_INVALID", "统一社会信用代码无效",
					"Unified social credit code is invalid");
		}
		Level level = Level.of(request.regionCode());
		checkParent(request, level);
		if (this.mapper.usccTaken(request.uscc())) {
			throw new ProblemException(HttpStatus.CONFLICT, "USCC_TAKEN", "统一社会信用代码已被使用",
					"Unified social credit code already in use");
		}
		Department department = new Department(request.code(), request.name().strip(), level, request.regionCode(),
				request.uscc(), request.parentCode());
		try {
			this.mapper.insert(department);
		}
		catch (DuplicateKeyException ex) {
			throw exists();
		}
		return department;
	}

	@Transactional
	Department rename(String code, String name) {
		if (this.mapper.rename(code, name.strip()) == 0) {
			throw notFound();
		}
		return this.mapper.findByCode(code);
	}

	private void checkParent(NewDepartment request, Level level) {
		if (this.mapper.findByCode(request.code()) != null) {
			throw exists();
		}
		if (level == Level.PROVINCE) {
			if (request.parentCode() != null) {
				throw badParent();
			}
			return;
		}
		Department parent = (request.parentCode() != null) ? this.mapper.findByCode(request.parentCode()) : null;
		if (parent == null || !level.fitsUnder(parent.level(), parent.regionCode(), request.regionCode())) {
			throw badParent();
		}
	}

	static ProblemException notFound() {
		return new ProblemException(HttpStatus.NOT_FOUND, "DEPARTMENT_NOT_FOUND", "部门不存在", "Department not found");
	}

	private static ProblemException exists() {
		return new ProblemException(HttpStatus.CONFLICT, "DEPARTMENT_EXISTS", "部门编码已存在",
				"Department code already exists");
	}

	private static ProblemException badParent() {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "DEPARTMENT_PARENT_INVALID", "上级部门不符合行政区划层级",
				"Parent department does not fit the administrative hierarchy")
			.detail("市级部门须隶属本省的省级部门，区县级部门须隶属本市的市级部门，省级部门无上级。",
					"A city department sits under a department of its province, a district one under its city; "
							+ "a province department has no parent.");
	}

}
