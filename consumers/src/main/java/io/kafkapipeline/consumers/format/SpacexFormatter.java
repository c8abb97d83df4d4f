package io.kafkapipeline.consumers.format;

import io.kafkapipeline.common.contract.SpacexLaunch;

/**
 * {@code spacex FalconSat 2006-03-24T22:30Z "Falcon 1" from "Kwajalein Atoll" failure, Satellite 20 kg
 * [5eb87cd9ffd86e000604b32a]}: mission, launch time (UTC), rocket, site, outcome ({@code success}, {@code failure}
 * or {@code no-outcome} for upcoming launches), payload type and mass, launch id. Unknown values show as {@code ?}.
 */
public final class SpacexFormatter implements RecordFormatter<SpacexLaunch> {

    @Override
    public String line(SpacexLaunch l) {
        return "spacex " + Text.word(l.missionName()) + " " + Text.instant(l.launchDateUtc()) + " "
                + Text.word(l.rocketName()) + " from " + Text.word(l.siteName()) + " " + outcome(l.launchSuccess())
                + ", " + payload(l) + " [" + Text.oneLine(l.launchId()) + "]";
    }

    private static String outcome(Boolean success) {
        if (success == null) {
            return "no-outcome";
        }
        return success ? "success" : "failure";
    }

    private static String payload(SpacexLaunch l) {
        String type = Text.word(l.payloadType());
        return l.payloadMassKg() == null ? type : type + " " + Text.number(l.payloadMassKg()) + " kg";
    }
}
