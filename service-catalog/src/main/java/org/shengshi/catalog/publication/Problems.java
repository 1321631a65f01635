package org.shengshi.catalog.publication;

import org.shengshi.catalog.publishing.WorkflowException;
import org.shengshi.catalog.validation.ValidationException;
import org.shengshi.platform.problem.ProblemException;

import org.springframework.http.HttpStatus;

/** The problems of the publishing API, with their stable codes. */
final class Problems {

	private Problems() {
	}

	static ProblemException of(WorkflowException ex) {
		HttpStatus status = HttpStatus.valueOf(ex.error().httpStatus());
		return new ProblemException(status, ex.error().name(), "发布流程不允许该操作", "The workflow does not allow this")
			.detail(zh(ex.error()), ex.getMessage());
	}

	static ProblemException of(ValidationException ex) {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, ex.code(), "服务事项内容不符合要求",
				"The item content is not valid")
			.with("errors", ex.errors());
	}

	static ProblemException notFound() {
		return new ProblemException(HttpStatus.NOT_FOUND, "ITEM_NOT_FOUND", "服务事项不存在", "Service item not found");
	}

	static ProblemException noDraft() {
		return new ProblemException(HttpStatus.CONFLICT, "DRAFT_NOT_FOUND", "该事项没有草稿",
				"The item has no draft being written or reviewed");
	}

	static ProblemException draftExists() {
		return new ProblemException(HttpStatus.CONFLICT, "DRAFT_EXISTS", "该事项已有草稿", "The item already has a draft");
	}

	static ProblemException itemExists() {
		return new ProblemException(HttpStatus.CONFLICT, "ITEM_EXISTS", "该事项已存在",
				"An item with this code already exists in this department");
	}

	static ProblemException notPublished() {
		return new ProblemException(HttpStatus.CONFLICT, "ITEM_NOT_PUBLISHED", "该事项没有已发布的版本",
				"The item has no published version");
	}

	static ProblemException concurrentChange() {
		return new ProblemException(HttpStatus.CONFLICT, "ITEM_CHANGED", "事项已被他人修改，请刷新后重试",
				"Somebody else changed the item first; reload and try again");
	}

	private static String zh(WorkflowException.WorkflowError error) {
		return switch (error) {
			case ACTION_NOT_ALLOWED -> "当前状态不允许该操作";
			case ROLE_REQUIRED -> "缺少所需角色";
			case OTHER_DEPARTMENT -> "只能处理本部门的事项";
			case SEPARATION_OF_DUTIES -> "不能审核自己编写或提交的内容";
			case COMMENT_REQUIRED -> "请填写意见或理由（不超过500字）";
			case ITEM_NOT_EDITABLE -> "只有草稿可以修改";
			case ITEM_IDENTITY_CHANGED -> "事项编码和实施部门不可修改";
		};
	}

}
