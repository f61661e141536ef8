package org.learningnetwork.platform;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Moves the public content's revision on around every method marked {@link ChangesPublicContent}. */
@ChangesPublicContent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class PublicContentInterceptor {

    @Inject
    private PublicContent publicContent;

    @AroundInvoke
    public Object changing(InvocationContext invocation) throws Exception {
        publicContent.changed();
        return invocation.proceed();
    }
}
