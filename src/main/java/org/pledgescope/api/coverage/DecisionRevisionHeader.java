package org.pledgescope.api.coverage;

import org.pledgescope.api.ruleset.RevisionHeader;
import org.pledgescope.verdict.Decision;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * A decision's response names the revision that made it in {@code PledgeScope-Revision}, whatever was served when
 * the request arrived (a swap may fall between the two).
 */
@ControllerAdvice
class DecisionRevisionHeader implements ResponseBodyAdvice<Object> {
    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType selectedContentType,
            Class<? extends HttpMessageConverter<?>> selectedConverterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof Decision decision) {
            response.getHeaders().set(RevisionHeader.NAME, decision.rulesetRevision());
        }
        return body;
    }
}
