import { startAzurite } from './azurite.js';
import { startReleasesServer, type ReleasesServer } from './releases-server.js';
import { startResultsService, type ResultsService } from './results-service.js';

/** Azurite with the artifact results service in front of it, and the local releases API. */
export interface UploadServers {
  results: ResultsService;
  releases: ReleasesServer;
  stop(): Promise<void>;
}

export async function startUploadServers(): Promise<UploadServers> {
  const azurite = await startAzurite();
  const results = await startResultsService(azurite.url);
  const releases = await startReleasesServer();
  return {
    results,
    releases,
    stop: async () => {
      await releases.stop();
      await results.stop();
      await azurite.stop();
    },
  };
}
