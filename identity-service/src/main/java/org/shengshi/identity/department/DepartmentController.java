package org.shengshi.identity.department;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.shengshi.platform.idempotency.Idempotent;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/identity/departments")
class DepartmentController {

	private final DepartmentService departments;

	DepartmentController(DepartmentService departments) {
		this.departments = departments;
	}

	/**
	 * The whole tree as a list ordered by region (each entry names its parent).
	 */
	@GetMapping
	List<Department> list() {
		return this.departments.all();
	}

	@GetMapping("/{code}")
	Department get(@PathVariable String code) {
		return this.departments.find(code).orElseThrow(DepartmentService::notFound);
	}

	@PostMapping
	@Idempotent
	@PreAuthorize("hasRole('platform_admin')")
	ResponseEntity<Department> create(@Valid @RequestBody NewDepartment request) {
		Department created = this.departments.create(request);
		return ResponseEntity.created(URI.create("/api/v1/identity/departments/" + created.code())).body(created);
	}

	@PutMapping("/{code}/name")
	@PreAuthorize("hasRole('platform_admin')")
	Department rename(@PathVariable String code, @Valid @RequestBody Rename request) {
		return this.departments.rename(code, request.name());
	}

	record Rename(@NotBlank @Size(max = 100) String name) {
	}

}
