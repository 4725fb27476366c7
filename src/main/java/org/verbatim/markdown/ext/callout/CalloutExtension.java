package org.verbatim.markdown.ext.callout;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/** flexmark extension that recognises callout block quotes; the interview assembler places them between turns. */
public final class CalloutExtension implements Parser.ParserExtension {

    private CalloutExtension() {
    }

    public static CalloutExtension create() {
        return new CalloutExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new CalloutPostProcessor.Factory());
    }
}
