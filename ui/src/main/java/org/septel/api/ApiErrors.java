package org.septel.api;

import org.septel.workflow.WorkItemNotFound;
import org.septel.workflow.WorkRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.time.format.DateTimeParseException;
import java.util.NoSuchElementException;

/**
 * Errors of the API as RFC 7807 problem details. Messages come from Septel's own checks (never from cable text);
 * "not found" and "not yours to see" are one answer, so an id reveals nothing.
 */
@RestControllerAdvice(basePackages = "org.septel.api")
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Not found, or not yours to see.");
    }

    @ExceptionHandler({IllegalArgumentException.class, DateTimeParseException.class})
    ProblemDetail badRequest(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler({IllegalStateException.class, WorkRefused.class})
    ProblemDetail conflict(IllegalStateException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler({SecurityException.class, WorkItemNotFound.class})
    ProblemDetail forbidden(RuntimeException e) {
        log.info("API refused: {}", e.getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Not yours to do.");
    }
}
