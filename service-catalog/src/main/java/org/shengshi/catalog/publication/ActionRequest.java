package org.shengshi.catalog.publication;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shengshi.catalog.publishing.PublishingAction;

/**
 * A workflow action on an item: {@code SUBMIT}, {@code WITHDRAW}, {@code RETURN},
 * {@code APPROVE} act on its draft; {@code SUSPEND}, {@code RESUME}, {@code RETIRE} on
 * its published version. Return, suspension and retirement need a comment.
 */
record ActionRequest(@NotNull PublishingAction action, @Size(max = 500) String comment) {
}
