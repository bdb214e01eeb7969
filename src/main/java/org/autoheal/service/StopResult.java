package org.autoheal.service;

/**
 * What {@link ServiceManager#stop} did.
 *
 * @param action     {@code signal} (SIGTERM, then SIGKILL after the grace period), {@code stop-command}, or {@code none}
 * @param pid        the managed process, when there was a live one of ours
 * @param forced     SIGKILL was needed
 * @param stopped    nothing of ours is left running and the stop command (if any) succeeded
 */
public record StopResult(String service, String action, Long pid, boolean forced, boolean stopped, String detail) {
    static final String REFUSED = "refused to signal";

    /** The pid file named a live process that AutoHeal did not start for this service: nothing was signalled. */
    public boolean refusedToSignal() {
        return action.equals("none") && detail.startsWith(REFUSED);
    }
}
