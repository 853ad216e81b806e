package vn.tinradar.deploy.web;

import static vn.tinradar.deploy.web.signin.Access.PUBLIC;
import static vn.tinradar.deploy.web.signin.Access.VIEWER;

import vn.tinradar.deploy.web.http.RouteTable;
import vn.tinradar.deploy.web.http.WebFeature;
import vn.tinradar.deploy.web.signin.SignIn;

/** The sign-in form's routes and who the signed-in user is. */
final class SignInRoutes implements WebFeature {

    private final SignIn signIn;

    SignInRoutes(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public void declare(RouteTable routes) {
        routes.post("/login",   PUBLIC, signIn::login)
              .post("/logout",  VIEWER, signIn::logout)
              .get("/api/me",   VIEWER, signIn::me);
    }
}
