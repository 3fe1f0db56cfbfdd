package org.narrativelens.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the one shared segmenter available to the service. */
@ApplicationScoped
public class SegmenterProducer {

    @Produces
    @Singleton
    PassageSegmenter segmenter() {
        return new PassageSegmenter(SegmenterSettings.defaults());
    }
}
