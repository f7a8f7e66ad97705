import { Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCESS_RULE, type AccessRule } from './access-rule';

const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const RESOLVER_NAME_METADATA = 'graphql:resolver_name';
const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'] as const;

export interface OperationAccess {
  type: (typeof ROOT_TYPES)[number];
  name: string;
  owner: string;
  rule: AccessRule | undefined;
}

/** Lists every root operation of the running app with the access rule its resolver names. */
@Injectable()
export class AccessRulesExplorer {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  operations(): OperationAccess[] {
    const found: OperationAccess[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const methodName of this.scanner.getAllMethodNames(prototype)) {
        const method = (prototype as Record<string, unknown>)[methodName];
        if (typeof method !== 'function') continue;
        const type = this.reflector.get<string | undefined>(RESOLVER_TYPE_METADATA, method);
        if (!type || !(ROOT_TYPES as readonly string[]).includes(type)) continue;
        found.push({
          type: type as OperationAccess['type'],
          name: this.reflector.get<string | undefined>(RESOLVER_NAME_METADATA, method) ?? methodName,
          owner: `${instance.constructor.name}.${methodName}`,
          rule: this.reflector.get<AccessRule | undefined>(ACCESS_RULE, method),
        });
      }
    }
    return found;
  }
}
