package vn.tinradar.deploy.web;

import static vn.tinradar.deploy.web.signin.Access.PUBLIC;
import static vn.tinradar.deploy.web.signin.Access.VIEWER;

import java.util.Map;
import vn.tinradar.common.province.Province;
import vn.tinradar.deploy.web.signin.SignIn;

/** The sign-in form's routes and who the signed-in user is, with the province the dashboard watches. */
final class SignInRoutes implements WebFeature {

    private final SignIn signIn;
    private final Province province;

    SignInRoutes(SignIn signIn, Province province) {
        this.signIn = signIn;
        this.province = province;
    }

    @Override
    public void declare(RouteTable routes) {
        routes.post("/login",   PUBLIC, signIn::login)
              .post("/logout",  VIEWER, signIn::logout)
              .get("/api/me",   VIEWER, ctx -> signIn.me(ctx, Map.of("province", province.inSentence())));
    }
}
