/**
 * Inter-agency one-stop (một cửa liên thông): the ports through which a dossier reaches the systems of
 * other agencies and the citizen.
 *
 * <p>{@link vn.motcua.interagency.PopulationRegistry} is the national population database: it checks
 * what an applicant declared and assigns a newborn's personal id number.
 * {@link vn.motcua.interagency.CitizenNotifier} tells a citizen what happened to their dossier, over the
 * channels that {@code motcua.interagency.notification-channels} enables (log, SMS, e-mail); one channel
 * failing never fails the dossier.
 *
 * <p>{@code infra/} holds the adapters. Those named {@code Simulated…} are simulators that answer like the
 * real systems (latency, refusals, outages) without leaving this machine; a real adapter replaces one by
 * implementing the same interface in {@code InteragencyConfig}.
 */
package vn.motcua.interagency;
