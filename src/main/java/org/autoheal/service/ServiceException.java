package org.autoheal.service;

/** A service could not be started, stopped or made ready; the message says which, where and what to do. */
public class ServiceException extends RuntimeException {
    public ServiceException(String message) {
        super(message);
    }

    public ServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
