package no.grunnmodell.platform;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.repository.Deployment;

/**
 * Camunda's default grants, except that whoever deploys gets only READ on the new deployment. By default they also
 * get DELETE, and deleting a deployment with cascade deletes every course running on it: only camunda-admin may.
 */
class DeploymentGrants extends DefaultAuthorizationProvider {

  @Override
  public AuthorizationEntity[] newDeployment(Deployment deployment) {
    AuthorizationEntity[] grants = super.newDeployment(deployment);
    if (grants != null) {
      for (AuthorizationEntity grant : grants) {
        grant.setPermissions(new org.camunda.bpm.engine.authorization.Permission[] {Permissions.READ});
      }
    }
    return grants;
  }
}
