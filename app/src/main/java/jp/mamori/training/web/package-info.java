/** The pages ({@code *Pages}) and the REST API ({@code TrainingApi}) of the training module. */
@NullMarked
package jp.mamori.training.web;

import org.jspecify.annotations.NullMarked;
