/** Bean Validation constraints for wire values that the standard ones do not cover. */
package io.trackline.web.validation;
